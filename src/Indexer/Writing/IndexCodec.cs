using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Pipeline.Indexer.Writing;

/// <summary>
/// The codec new segments are written with: Lucene 4.6's, except that stored fields are compressed in chunks of
/// <see cref="StoredFieldsChunkBytes"/> rather than 16 KB. A search reads the stored fields of the ten hits it shows,
/// and reading one document decompresses its chunk from the start up to that document: about half a 16 KB chunk per
/// hit, a tenth of a search's processor time on the 100,000-article bench index. Smaller chunks compress less
/// (the same bench documents took 101 MB instead of 69; 59 once only a hit's facts were stored) and halve the time to
/// read a hit. Segments written with the
/// stock codec stay readable, and merges rewrite them with this one.
/// </summary>
[CodecName(CodecName)]
internal sealed class IndexCodec : FilterCodec
{
    /// <summary>The name written into each segment, by which a reader finds this codec.</summary>
    public const string CodecName = "Pipeline46";

    /// <summary>Bytes of stored documents compressed together (4 KB): one or two articles.</summary>
    public const int StoredFieldsChunkBytes = 4 * 1024;

    private readonly StoredFieldsFormat storedFields = new CompressingStoredFieldsFormat("PipelineStoredFields", CompressionMode.FAST, StoredFieldsChunkBytes);

    static IndexCodec()
    {
        // Readers look codecs up by the name in the segment, through one process-wide factory that knows only
        // Lucene's own codecs unless told of this one.
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(IndexCodec)] });
    }

    /// <summary>Initializes a new instance of the <see cref="IndexCodec"/> class (the factory creates it by name).</summary>
    public IndexCodec()
        : base(new Lucene46Codec())
    {
    }

    /// <inheritdoc />
    public override StoredFieldsFormat StoredFieldsFormat => storedFields;

    /// <summary>Makes this codec known to readers; call before opening an index. Idempotent.</summary>
    public static void Register()
    {
        // The static constructor does the work, once.
    }
}
