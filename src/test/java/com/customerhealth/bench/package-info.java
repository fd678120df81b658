/**
 * Load commands the benchmarks of the README run against a started plugin; they print figures and
 * assert nothing, since these machines are shared and their timings noisy.
 */
package com.customerhealth.bench;
