package nl.dorpskracht.members.entity;

public enum MemberStatus {
    ACTIVE, ARCHIVED
}
