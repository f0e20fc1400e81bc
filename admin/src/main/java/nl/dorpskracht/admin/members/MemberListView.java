package nl.dorpskracht.admin.members;

import java.util.List;

public record MemberListView(List<MemberView> items, long total, int page, int size) {
}
