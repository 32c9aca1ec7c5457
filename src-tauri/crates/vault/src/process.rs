//! Hardening of a process that holds plaintext: the decrypted database and the vault
//! identity live in its memory, so that memory must never reach a core file and no other
//! process of the same user may read it through `ptrace` or `/proc/<pid>/mem`.

/// Turns off core dumps (`RLIMIT_CORE` 0) and marks the process not dumpable
/// (`PR_SET_DUMPABLE` 0: no core file even if the limit is raised again, and `ptrace` and
/// `/proc/<pid>/mem` refused to other processes of the same user unless privileged). Linux
/// only; a no-op elsewhere. Call it first thing in `main`, before any secret is read.
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
    #[cfg(not(target_os = "linux"))]
    {
        true
    }
}

/// Whether the process may dump core or be traced by its user (Linux: `PR_GET_DUMPABLE`
/// and `RLIMIT_CORE`); false elsewhere, where [`harden_process`] does nothing.
pub fn is_dumpable() -> bool {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, Resource, dumpable_behavior, getrlimit};
        let limit = getrlimit(Resource::Core);
        !matches!(dumpable_behavior(), Ok(DumpableBehavior::NotDumpable)) || limit.current != Some(0)
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
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
}
