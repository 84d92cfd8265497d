using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Partners;

/// <summary>What the partner analysis finds in one text.</summary>
/// <param name="Partners">Foreign and international partners, in text order, each once.</param>
/// <param name="Domestic">Institution names that are Vietnamese, or that do not say whose they are, in text order: candidates for the parties (their key is left empty until one is taken, as keys cost a folding).</param>
/// <param name="Vietnam">Vietnam as a side of the cooperation, at its first such mention; null when it is not one.</param>
public sealed record PartnerAnalysis(IReadOnlyList<PartnerFact> Partners, IReadOnlyList<PartnerFact> Domestic, PartnerFact? Vietnam = null);
