package nl.dorpskracht.admin.prize;

/** The optional JSON body that opens a prize round; without a title it is called "Dorpskrachtprijs". */
public record OpenRequest(String title) {
}
