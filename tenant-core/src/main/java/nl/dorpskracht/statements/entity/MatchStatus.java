package nl.dorpskracht.statements.entity;

/** What became of a statement entry. */
public enum MatchStatus {
    MATCHED, REVIEW, IGNORED, RETURNED
}
