using Microsoft.ML.Data;

namespace Pipeline.Analysis.Topics;

/// <summary>One featurized text as ML.NET reads it (the public shape its reflection needs).</summary>
public sealed class TopicRow
{
    /// <summary>Whether the target applies.</summary>
    public bool Label { get; set; }

    /// <summary>The hashed features of <see cref="TopicFeaturizer"/>.</summary>
    public VBuffer<float> Features { get; set; }
}
