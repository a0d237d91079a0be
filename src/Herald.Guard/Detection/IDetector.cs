namespace Herald.Guard.Detection;

/// <summary>
/// One kind of check. Implementations are immutable after construction and safe to call from many
/// threads at once; everything per-draft lives in the <see cref="ScanContext"/>.
/// </summary>
internal interface IDetector
{
    void Detect(ScanContext context);
}
