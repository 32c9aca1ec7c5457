/* TEST FIXTURE ONLY — never shipped, never put in an installer.
 *
 * Rust's std (since 1.78) takes its randomness from ProcessPrng in bcryptprimitives.dll, which
 * every Windows 10/11 has but Debian 12's Wine 8 lacks, so no Rust program starts under it.
 * This stand-in exports ProcessPrng and answers it from RtlGenRandom (SystemFunction036 in
 * advapi32), which Wine implements over the host's random source. run.sh builds it with
 * mingw-w64 and puts its folder on Wine's PATH (WINEPATH) for the test run only. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
