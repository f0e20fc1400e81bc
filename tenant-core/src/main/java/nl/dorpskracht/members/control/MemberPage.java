package nl.dorpskracht.members.control;

import java.util.List;
import nl.dorpskracht.members.entity.MemberOrganisation;

public record MemberPage(List<MemberOrganisation> items, long total, int page, int size) {
}
