/**
 * What every feature stands on: the REST application under {@code /chm/api}, errors as RFC 9457 problem
 * details, and the clock every time-dependent rule reads.
 */
package com.customerhealth.platform;
