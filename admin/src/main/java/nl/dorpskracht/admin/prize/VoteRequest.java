package nl.dorpskracht.admin.prize;

/** The JSON body of a vote: the nomination the caller's organisation votes for. */
public record VoteRequest(String nominationId) {
}
