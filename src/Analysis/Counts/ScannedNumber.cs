namespace Pipeline.Analysis.Counts;

/// <summary>A number read from a text, with any multiplier words ("1,5 tỷ", "chín triệu", "46.000").</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just after its last word.</param>
/// <param name="Value">The value in base units.</param>
/// <param name="Spelled">Written in words ("hai", "nửa triệu") rather than digits.</param>
/// <param name="Multiplied">Followed by nghìn, triệu or tỷ.</param>
/// <param name="Range">The lower end of a range ("20-30 trẻ em"): an approximate amount.</param>
internal sealed record ScannedNumber(int Start, int End, decimal Value, bool Spelled, bool Multiplied, bool Range = false);
