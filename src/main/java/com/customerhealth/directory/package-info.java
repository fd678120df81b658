/**
 * The helpdesk's customers and companies as the plugin knows them: the name shown beside a badge, the
 * company a customer belongs to, and the attributes segments are drawn from.
 */
package com.customerhealth.directory;
