//! Hardening of a process that holds plaintext: the decrypted database and the vault
//! identity live in its memory, so that memory must never reach a core file and no other
//! process of the same user may read it through `ptrace` or `/proc/<pid>/mem`.

/// Turns off core dumps (`RLIMIT_CORE` 0) and marks the process not dumpable
/// (`PR_SET_DUMPABLE` 0: no core file even if the limit is raised again, and `ptrace` and
/// `/proc/<pid>/mem` refused to other processes of the same user unless privileged). On
/// Windows, keeps Windows Error Reporting from being invoked on a crash and, should it run
/// anyway, from putting the heap in its dump (see `windows::harden`). A no-op elsewhere (macOS
/// needs its own: see the README). Call it first thing in `main`, before any secret is read.
///
/// Returns whether both took effect. The caller goes on either way (a kernel that refuses
/// is no reason to keep a person from their vault); tests check it.
pub fn harden_process() -> bool {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, Resource, Rlimit, set_dumpable_behavior, setrlimit};
        let core = setrlimit(Resource::Core, Rlimit { current: Some(0), maximum: Some(0) }).is_ok();
        let dumpable = set_dumpable_behavior(DumpableBehavior::NotDumpable).is_ok();
        core && dumpable
    }
    #[cfg(windows)]
    {
        windows::harden()
    }
    #[cfg(not(any(target_os = "linux", windows)))]
    {
        true
    }
}

/// Whether the process may dump core or be traced by its user (Linux: `PR_GET_DUMPABLE`
/// and `RLIMIT_CORE`; Windows: whether a crash reaches Windows Error Reporting with the
/// heap); false elsewhere, where [`harden_process`] does nothing.
pub fn is_dumpable() -> bool {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, Resource, dumpable_behavior, getrlimit};
        let limit = getrlimit(Resource::Core);
        !matches!(dumpable_behavior(), Ok(DumpableBehavior::NotDumpable)) || limit.current != Some(0)
    }
    #[cfg(windows)]
    {
        !windows::is_hardened()
    }
    #[cfg(not(any(target_os = "linux", windows)))]
    {
        false
    }
}

/// Windows Error Reporting writes a dump of a crashed program, and an administrator's
/// `LocalDumps` setting can make it a full one: the whole memory, plaintext included, in a
/// file on disk. Both settings here are per process and in memory, so nothing is written to
/// the registry (`WerAddExcludedApplication` would leave a lasting trace naming Tejido).
#[cfg(windows)]
#[allow(unsafe_code)]
mod windows {
    use windows_sys::Win32::System::Diagnostics::Debug::{
        GetErrorMode, SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX, SEM_NOOPENFILEERRORBOX, SetErrorMode,
    };
    use windows_sys::Win32::System::ErrorReporting::{
        WER_FAULT_REPORTING_FLAG_NOHEAP, WER_FAULT_REPORTING_NO_UI, WerGetFlags, WerSetFlags,
    };
    use windows_sys::Win32::System::Threading::GetCurrentProcess;

    /// SEM_NOGPFAULTERRORBOX: a crash does not invoke Windows Error Reporting at all.
    /// SEM_FAILCRITICALERRORS and SEM_NOOPENFILEERRORBOX: a USB stick pulled out mid-save
    /// fails the save instead of opening a system dialog nobody expects.
    const MODE: u32 = SEM_NOGPFAULTERRORBOX | SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX;
    /// Should reporting run anyway (a fail-fast abort goes to it directly): no heap in the
    /// dump, no dialog.
    pub(super) const FLAGS: u32 = WER_FAULT_REPORTING_FLAG_NOHEAP | WER_FAULT_REPORTING_NO_UI;

    pub(super) fn harden() -> bool {
        // SAFETY: both calls take plain flags and only change this process's settings.
        unsafe {
            SetErrorMode(GetErrorMode() | MODE);
            WerSetFlags(FLAGS) >= 0
        }
    }

    pub(super) fn is_hardened() -> bool {
        // SAFETY: no arguments; reads this process's error mode.
        let mode = unsafe { GetErrorMode() };
        mode & MODE == MODE && wer_flags().is_none_or(|flags| flags & FLAGS == FLAGS)
    }

    /// This process's reporting flags; None where WerGetFlags is not implemented (Wine's is a
    /// stub answering E_NOTIMPL, so only real Windows can show these flags took effect).
    pub(super) fn wer_flags() -> Option<u32> {
        let mut flags = 0u32;
        // SAFETY: `flags` is a valid out-pointer; GetCurrentProcess is a pseudo-handle.
        (unsafe { WerGetFlags(GetCurrentProcess(), &mut flags) } >= 0).then_some(flags)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    #[cfg(target_os = "linux")]
    fn a_hardened_process_cannot_dump_core_or_be_traced() {
        // Tests share one process; hardening it harms no other test.
        assert!(super::is_dumpable(), "a test process starts dumpable, so this test can fail");
        assert!(super::harden_process());
        assert!(!super::is_dumpable(), "PR_GET_DUMPABLE is 0 and RLIMIT_CORE is 0");
        let limit = rustix::process::getrlimit(rustix::process::Resource::Core);
        assert_eq!((limit.current, limit.maximum), (Some(0), Some(0)), "no core file of any size, and no raising it");
    }

    #[test]
    #[cfg(windows)]
    fn a_hardened_process_gives_windows_error_reporting_no_heap_and_no_dialog() {
        assert!(super::is_dumpable(), "a test process starts with error reporting on, so this test can fail");
        assert!(super::harden_process());
        assert!(!super::is_dumpable(), "SEM_NOGPFAULTERRORBOX set, and WER flags NOHEAP | NO_UI");
        match super::windows::wer_flags() {
            Some(flags) => assert_eq!(flags & super::windows::FLAGS, super::windows::FLAGS, "no heap, no dialog"),
            // Under Wine: the error mode above is checked, the reporting flags cannot be.
            None => eprintln!("WerGetFlags is not implemented here (Wine): reporting flags unchecked"),
        }
    }
}
