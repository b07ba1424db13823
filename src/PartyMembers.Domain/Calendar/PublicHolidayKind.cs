namespace PartyMembers.Domain.Calendar;

public enum PublicHolidayKind
{
    // Tết Dương lịch, 1 January.
    NewYear,

    // Tết Âm lịch: the last day of the old lunar year and mùng 1 to mùng 4.
    LunarNewYear,

    // Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month.
    HungKings,

    // Ngày Chiến thắng, 30 April.
    ReunificationDay,

    // Ngày Quốc tế Lao động, 1 May.
    LabourDay,

    // Quốc khánh, 2 September.
    NationalDay,

    // The second National Day holiday, 1 or 3 September.
    NationalDayAdjacent,

    // Nghỉ bù: a day off given because a holiday fell on a weekly rest day.
    Substitute,

    // A holiday entered by an administrator (e.g. a day swapped by government decision).
    Declared,
}
