#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tejido_core::fuzzing::contact_file(data));
