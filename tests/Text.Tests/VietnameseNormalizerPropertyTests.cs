using FsCheck;
using FsCheck.Fluent;
using Pipeline.TestSupport;

namespace Pipeline.Text.Tests;

/// <summary>Issue #27, property tests: normalising twice changes nothing more than normalising once, for any string.</summary>
public sealed class VietnameseNormalizerPropertyTests
{
    private const int Cases = 1000;

    [Fact]
    public void Normalize_AnyString_Idempotent() =>
        Check.One(Config(27UL), Prop.ForAll(Arb.From(VietnameseLikeText.AnyText()), (string text) =>
        {
            var once = VietnameseNormalizer.Normalize(text);
            Assert.Equal(once, VietnameseNormalizer.Normalize(once));
        }));

    [Fact]
    public void NormalizeForMatching_AnyString_IdempotentAndLengthOfNormalize() =>
        Check.One(Config(28UL), Prop.ForAll(Arb.From(VietnameseLikeText.AnyText()), (string text) =>
        {
            var once = VietnameseNormalizer.NormalizeForMatching(text);
            Assert.Equal(once, VietnameseNormalizer.NormalizeForMatching(once));

            // Offsets found on the matching form point into the stored form.
            Assert.Equal(VietnameseNormalizer.Normalize(text).Length, once.Length);
        }));

    [Fact]
    public void ToTraditionalPlacement_NormalisedString_IdempotentAndSameLength() =>
        Check.One(Config(29UL), Prop.ForAll(Arb.From(VietnameseLikeText.AnyText()), (string text) =>
        {
            var nfc = VietnameseNormalizer.Normalize(text);
            var once = ToneMarks.ToTraditionalPlacement(nfc);
            Assert.Equal(once, ToneMarks.ToTraditionalPlacement(once));
            Assert.Equal(nfc.Length, once.Length);
        }));

    private static Config Config(ulong seed) => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Cases).WithReplay(new Replay(new Rnd(seed), null));
}
