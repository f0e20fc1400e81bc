package nl.dorpskracht.contributions.entity;

import java.util.List;

/** An invoice with its lines and payments. */
public record InvoiceDetail(Invoice invoice, List<InvoiceLine> lines, List<Payment> payments) {
}
