package nl.dorpskracht.prize.entity;

/** Where a prize round stands. It only moves forward, one step at a time. */
public enum PrizePhase {
    NOMINATING, VOTING, CLOSED, PUBLISHED;

    public boolean mayMoveTo(PrizePhase next) {
        return next != null && next.ordinal() == ordinal() + 1;
    }

    /** Results are for everyone once announced at the ALV; before that, only for the association's admins. */
    public boolean resultsArePublic() {
        return this == PUBLISHED;
    }
}
