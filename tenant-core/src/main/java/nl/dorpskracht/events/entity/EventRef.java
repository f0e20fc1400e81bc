package nl.dorpskracht.events.entity;

import java.util.UUID;

/** An event anywhere in the federation: the tenant that hosts it and its id. */
public record EventRef(String hostTenant, UUID id) {
}
