using System.Runtime.InteropServices;

namespace Pipeline.Fuzz;

/// <summary>
/// Instrumented code writes every branch into SharpFuzz's coverage map, which is null until afl-fuzz hands one over:
/// before that (static initialisers, seeds, replay) the branches go to a scratch map of afl's size instead.
/// </summary>
internal static class ScratchCoverage
{
    private const int MapSize = 1 << 16;

    public static unsafe void Install()
    {
        if (SharpFuzz.Common.Trace.SharedMem == null)
        {
            SharpFuzz.Common.Trace.SharedMem = (byte*)NativeMemory.AllocZeroed(MapSize);
        }
    }
}
