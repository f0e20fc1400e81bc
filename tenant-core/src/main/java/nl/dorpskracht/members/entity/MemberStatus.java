package nl.dorpskracht.members.entity;

/** Where a member organisation stands: a prospect (aspirant-lid), a member, a suspended member, or gone. */
public enum MemberStatus {
    PROSPECT, ACTIVE, SUSPENDED, ARCHIVED;

    /** Who is billed by the yearly contribution run. */
    public boolean pays() {
        return this == ACTIVE;
    }
}
