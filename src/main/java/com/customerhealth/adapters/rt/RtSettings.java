package com.customerhealth.adapters.rt;

/**
 * What the mapping of RT transactions reads from the helpdesk's setup: the same values as the scrip's
 * {@code $CHMCompanyField}, {@code $CHMSatisfactionField}, {@code $CHMSatisfactionMin} and
 * {@code $CHMSatisfactionMax} in RT's configuration, so both map a transaction alike.
 *
 * @param companyField      the user field naming a requestor's company: {@code Organization} or a user custom
 *                          field's name ({@code chm.adapters.rt.company-field})
 * @param satisfactionField the ticket custom field holding the rating ({@code chm.adapters.rt.satisfaction-field})
 * @param satisfactionMin   the rating's lowest value ({@code chm.adapters.rt.satisfaction-min})
 * @param satisfactionMax   the rating's highest value ({@code chm.adapters.rt.satisfaction-max})
 */
public record RtSettings(String companyField, String satisfactionField, double satisfactionMin,
                         double satisfactionMax) {

    /** The scrip's defaults. */
    public static final RtSettings DEFAULTS = new RtSettings("Organization", "Satisfaction", 1, 5);

    public RtSettings {
        if (!(satisfactionMin < satisfactionMax)) {
            throw new IllegalArgumentException("the satisfaction scale " + satisfactionMin + " to "
                    + satisfactionMax + " is empty");
        }
    }
}
