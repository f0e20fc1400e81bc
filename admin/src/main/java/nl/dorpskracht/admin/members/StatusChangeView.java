package nl.dorpskracht.admin.members;

import java.time.OffsetDateTime;
import nl.dorpskracht.members.entity.MemberStatusChange;

public record StatusChangeView(String status, OffsetDateTime changedAt, String changedBy, String reason) {

    static StatusChangeView of(MemberStatusChange change) {
        return new StatusChangeView(change.status().name(), change.changedAt(), change.changedBy(), change.reason());
    }
}
