package nl.dorpskracht.admin.prize;

/** The JSON body that moves a prize round: the next phase and the version the admin read. */
public record PhaseRequest(String phase, Long version) {
}
