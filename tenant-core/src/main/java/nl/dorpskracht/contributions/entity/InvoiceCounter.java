package nl.dorpskracht.contributions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** The last invoice number given out in a year, per tenant; locked while a batch takes numbers. */
@Entity
@Table(name = "invoice_counter")
public class InvoiceCounter extends TenantOwned {

    public static final int MAX = 999_999;

    @Id
    private int year;

    @Column(name = "last_number")
    private int lastNumber;

    protected InvoiceCounter() {
    }

    public InvoiceCounter(int year) {
        this.year = year;
    }

    /** Takes the next number, formatted like {@code 2027-000123}. */
    public String next() {
        if (lastNumber >= MAX) {
            throw new IllegalStateException("Invoice numbers of " + year + " are exhausted");
        }
        lastNumber++;
        return String.format("%d-%06d", year, lastNumber);
    }
}
