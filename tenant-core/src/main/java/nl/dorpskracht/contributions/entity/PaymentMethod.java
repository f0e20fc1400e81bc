package nl.dorpskracht.contributions.entity;

public enum PaymentMethod {
    TRANSFER, DIRECT_DEBIT, CASH, OTHER
}
