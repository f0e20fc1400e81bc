package nl.dorpskracht.admin.news;

import nl.dorpskracht.platform.input.MultiLine;

/** The body of submit, publish, reject and archive: the version read, and for a rejection the reason. */
public record NewsStepRequest(Long version, @MultiLine String reason) {
}
