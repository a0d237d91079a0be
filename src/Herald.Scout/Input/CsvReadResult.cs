namespace Herald.Scout.Input;

/// <summary>What <see cref="CsvReader.Read"/> found.</summary>
internal enum CsvReadResult
{
    Record,
    End,
    /// <summary>A quote is not closed, or text follows the closing quote.</summary>
    BrokenQuote,
    /// <summary>The record is longer than <see cref="CsvReader.MaxRecordLength"/> characters.</summary>
    TooLong,
    /// <summary>Only inside the reader: the buffer ends before the record does.</summary>
    NeedMore,
}
