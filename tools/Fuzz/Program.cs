using System.Text;
using SharpFuzz;

namespace Pipeline.Fuzz;

/// <summary>
/// The afl++ harness. <c>TARGET</c> serves afl-fuzz through SharpFuzz's out-of-process fork server (a hang or a
/// stack overflow kills only the child, which is restarted); <c>seeds TARGET DIR</c> and <c>dict TARGET FILE</c> write
/// the starting corpus and dictionary (<c>prepare DIR</c> both, for every target); <c>replay TARGET FILE...</c> runs
/// saved inputs and prints what each one threw.
/// </summary>
internal static class Program
{
    private const string Usage = "usage: Pipeline.Fuzz list | prepare DIR | TARGET | seeds TARGET DIR | dict TARGET FILE | replay TARGET FILE...";

    public static int Main(string[] args)
    {
        ScratchCoverage.Install();
        if (args is ["list"])
        {
            Console.WriteLine(string.Join('\n', FuzzTargets.All.Select(t => t.Name)));
            return 0;
        }

        if (args is ["prepare", var root])
        {
            // One start of .NET for every target's seeds and dictionary: CI pays for each start.
            foreach (var target in FuzzTargets.All)
            {
                WriteSeeds(target, Path.Combine(root, "seeds", target.Name));
                WriteDictionary(target, Path.Combine(root, target.Name + ".dict"));
            }

            return 0;
        }

        var (command, name) = args switch
        {
            [var target] => ("fuzz", target),
            [var verb, var target, ..] => (verb, target),
            _ => (string.Empty, string.Empty),
        };
        if (FuzzTargets.Find(name) is not { } found)
        {
            Console.Error.WriteLine(Usage);
            Console.Error.WriteLine($"targets: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))}");
            return 2;
        }

        switch (command, args.Length)
        {
            case ("fuzz", 1):
                Fuzzer.OutOfProcess.Run(stream => found.Run(ReadAll(stream)));
                return 0;
            case ("seeds", 3):
                WriteSeeds(found, args[2]);
                return 0;
            case ("dict", 3):
                WriteDictionary(found, args[2]);
                return 0;
            case ("replay", > 2):
                return Replay(found, args[2..]);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static void WriteSeeds(FuzzTarget target, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (file, bytes) in target.Seeds)
        {
            File.WriteAllBytes(Path.Combine(directory, file), bytes);
        }
    }

    private static void WriteDictionary(FuzzTarget target, string file) =>
        File.WriteAllLines(file, target.Tokens.Select((token, i) => $"t{i}=\"{AflEscaped(token)}\""));

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static int Replay(FuzzTarget target, IEnumerable<string> files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                target.Run(File.ReadAllBytes(file));
                Console.WriteLine($"{file}: ok in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
            }
#pragma warning disable CA1031 // Replaying findings: every exception is reported, whatever its type.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failed++;
                Console.WriteLine($"{file}: {ex}");
            }
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>A token as afl's dictionary format writes it: printable ASCII as is, other bytes of its UTF-8 as \xNN.</summary>
    private static string AflEscaped(string token)
    {
        var escaped = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(token))
        {
            if (b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\')
            {
                escaped.Append((char)b);
            }
            else
            {
                escaped.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{b:X2}");
            }
        }

        return escaped.ToString();
    }
}
