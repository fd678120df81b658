package com.customerhealth.alerts;

import com.customerhealth.platform.ReaderTexts;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The number of the caller's tenant's open alerts, for the header of the plugin's pages
 * ({@code #{openAlerts.count}}): read once per page, when the page shows it, and kept current on the page by
 * {@code alert-count.js} while the page follows the change stream.
 */
@Named
@RequestScoped
public class OpenAlerts {

    @Inject
    AlertRepository alerts;

    @Inject
    CallerTenant tenant;

    @Inject
    ReaderTexts texts;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = alerts.openCount(tenant.id());
        }
        return count;
    }

    /** The count in words, for those who do not see the number beside the link: "3 open alerts". */
    public String getSpoken() {
        return texts.texts().count("alerts.nav.count", getCount());
    }
}
