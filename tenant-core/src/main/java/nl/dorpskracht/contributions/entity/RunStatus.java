package nl.dorpskracht.contributions.entity;

public enum RunStatus {
    RUNNING, DONE, FAILED
}
