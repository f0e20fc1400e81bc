package nl.dorpskracht.contributions.entity;

public enum InvoiceStatus {
    OPEN, PAID, CANCELLED
}
