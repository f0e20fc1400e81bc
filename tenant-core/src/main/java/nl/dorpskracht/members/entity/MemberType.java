package nl.dorpskracht.members.entity;

public enum MemberType {
    DORPSRAAD, DORPSHUIS, ZORGCOLLECTIEF, WIJKPLATFORM, OTHER
}
