using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Pipeline.Crawler.Archive;

/// <summary>Reads the records of a .warc.gz file (members are read one after another, as .NET's GZipStream does).</summary>
public static class WarcReader
{
    /// <summary>Every record of the file, in order. A torn last record (a killed writer) ends the sequence quietly.</summary>
    /// <param name="path">A .warc.gz file.</param>
    /// <returns>The records.</returns>
    /// <exception cref="InvalidDataException">The file is not WARC.</exception>
    public static IEnumerable<WarcRecord> Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip);
        while (true)
        {
            WarcRecord? record;
            try
            {
                record = ReadRecord(buffered);
            }
            catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException && ex.Message.StartsWith("torn", StringComparison.Ordinal))
            {
                yield break;
            }

            if (record is null)
            {
                yield break;
            }

            yield return record;
        }
    }

    private static WarcRecord? ReadRecord(Stream stream)
    {
        var version = ReadLine(stream);
        while (version is { Length: 0 })
        {
            version = ReadLine(stream);
        }

        if (version is null)
        {
            return null;
        }

        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Not a WARC record: '{version}'.");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = ReadLine(stream); !string.IsNullOrEmpty(line); line = ReadLine(stream))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var length = int.Parse(headers.GetValueOrDefault("Content-Length", "0"), NumberStyles.Integer, CultureInfo.InvariantCulture);
        var block = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = stream.Read(block, read, length - read);
            if (n == 0)
            {
                throw new InvalidDataException("torn record: the file ends inside a block.");
            }

            read += n;
        }

        return new WarcRecord(headers, block);
    }

    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>(128);
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                return bytes.Count == 0 ? null : Encoding.UTF8.GetString(bytes.ToArray());
            }

            if (b == '\n')
            {
                return Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add((byte)b);
        }
    }
}
