/*
 * TEST SCAFFOLDING ONLY: never shipped, never part of Liaison.msi.
 *
 * Go programs since Go 1.22 take their random numbers from ProcessPrng in
 * bcryptprimitives.dll, which every Windows 10 and 11 has but Debian's
 * Wine 8 does not. .ci/windows builds this stand-in into the throwaway
 * Wine prefix of the smoke test only, so that Liaison.exe starts there;
 * it forwards to RtlGenRandom (advapi32's SystemFunction036), which Wine
 * has.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
