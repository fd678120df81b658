/**
 * The health badge agents see all day: a coloured circle beside every customer or company name, with a
 * symbol and an accessible name, and a card on hover or focus that explains the score.
 * <ul>
 *   <li>{@link com.customerhealth.badge.HealthBadge}, the Faces component behind the tags
 *       {@code chm:healthBadge} and {@code chm:companyBadge};</li>
 *   <li>{@link com.customerhealth.badge.BadgePrefetch} and {@link com.customerhealth.badge.BadgeScores},
 *       which read the scores of all badges of a page in one statement;</li>
 *   <li>{@link com.customerhealth.badge.BadgeCard}, what a badge shows, worded as the badge script words
 *       it for pages that are not Faces;</li>
 *   <li>{@link com.customerhealth.badge.ScoreFeed} and its resource, the server-sent events that keep open
 *       pages current, each tenant's pages hearing only of their tenant.</li>
 * </ul>
 */
package com.customerhealth.badge;
