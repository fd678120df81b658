/**
 * The state of each ticket as far as health is concerned: whose it is, whether it is open, how many
 * interactions it had and when, and its latest CSAT rating. Scores are computed from this state only.
 */
package com.customerhealth.tickets;
