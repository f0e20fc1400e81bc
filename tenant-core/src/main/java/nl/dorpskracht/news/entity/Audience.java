package nl.dorpskracht.news.entity;

/** Who may read a published news item: the members in their portal, or also everybody on the public pages. */
public enum Audience {
    MEMBERS, PUBLIC
}
