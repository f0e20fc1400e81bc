package nl.dorpskracht.security.entity;

import java.util.List;

public record AccountWithGrants(StoredAccount account, List<Grant> grants) {
}
