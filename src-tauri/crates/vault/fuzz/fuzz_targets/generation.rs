#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tejido_vault::fuzzing::generation(data));
