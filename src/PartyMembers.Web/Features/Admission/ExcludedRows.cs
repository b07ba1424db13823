using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;

namespace PartyMembers.Web.Features.Admission;

/// A person left out of a vote's denominator as typed in a vote form; an empty row is ignored.
public sealed class ExcludedRow
{
    public string? Name { get; set; }

    public ExclusionReason? Reason { get; set; }
}

/// The named exclusions of a vote form (Q294 §9.3.2-9.3.3): the rows the form shows, and their reading into the
/// entries of the tally. The form's field is Input.Excluded; the markup is the partial _ExcludedRows.
public static class ExcludedRows
{
    /// How many people a form can leave out of the denominator.
    public const int Count = 10;

    public const string Field = "Input.Excluded";

    /// Fills the list up to <see cref="Count"/> rows for the form.
    public static void Pad(List<ExcludedRow> rows)
    {
        while (rows.Count < Count)
        {
            rows.Add(new ExcludedRow());
        }
    }

    /// The filled rows as exclusion entries. A name without a reason, or a reason without a name, is put beside the
    /// row; more than <see cref="Count"/> filled rows beside the list. The entries are valid only when the model state is.
    public static IReadOnlyList<VoteExclusionEntry> Read(IReadOnlyList<ExcludedRow> rows, ModelStateDictionary modelState, IStringLocalizer texts)
    {
        var entries = new List<VoteExclusionEntry>();
        var filled = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var name = row.Name?.Trim() ?? string.Empty;
            if (name.Length == 0 && row.Reason is null)
            {
                continue;
            }

            filled++;
            if (name.Length == 0)
            {
                modelState.AddModelError($"{Field}[{i}].Name", texts["Error.Vote.ExcludedNameRequired"]);
            }
            else if (row.Reason is not { } reason)
            {
                modelState.AddModelError($"{Field}[{i}].Reason", texts["AdmissionVotes.Error.ExcludedReasonRequired"]);
            }
            else
            {
                entries.Add(new VoteExclusionEntry(name, reason));
            }
        }

        if (filled > Count)
        {
            modelState.AddModelError(Field, texts["AdmissionVotes.Error.TooManyRows", Count]);
        }

        return entries;
    }
}
