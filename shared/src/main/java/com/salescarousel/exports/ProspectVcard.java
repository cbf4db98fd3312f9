package com.salescarousel.exports;

import com.salescarousel.prospect.Prospect;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;

/**
 * A prospect as a vCard 3.0 (what iPhone and Android contacts both open), written by ez-vcard:
 * FN and N, ORG, TITLE, a work e-mail and phone, NOTE and CATEGORIES.
 */
public final class ProspectVcard {
    private ProspectVcard() {}

    public static String of(Prospect p) {
        VCard card = new VCard();
        card.setFormattedName(p.name());
        card.setStructuredName(structured(p.name()));
        if (p.company() != null) card.setOrganization(p.company());
        if (p.title() != null) card.addTitle(p.title());
        if (p.email() != null) card.addEmail(p.email(), EmailType.WORK);
        if (p.phone() != null) card.addTelephoneNumber(p.phone(), TelephoneType.WORK);
        if (p.notes() != null) card.addNote(p.notes());
        if (!p.tags().isEmpty()) card.setCategories(p.tags().toArray(String[]::new));
        card.setUid(new Uid("urn:salescarousel:prospect:" + p.id()));
        card.setProductId("-//Sales Carousel//Prospect//EN");
        return Ezvcard.write(card).version(VCardVersion.V3_0).prodId(false).go();
    }

    /** N from the one name field we keep: the last word as the family name, the rest as given names. */
    private static StructuredName structured(String name) {
        StructuredName n = new StructuredName();
        int cut = name.lastIndexOf(' ');
        if (cut < 0) {
            n.setFamily(name);
        } else {
            n.setGiven(name.substring(0, cut));
            n.setFamily(name.substring(cut + 1));
        }
        return n;
    }
}
