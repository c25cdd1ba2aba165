/**
 * The DfE's validation rules for statutory returns (the CIN census and the SSDA903
 * return), each by its DfE code, in rule sets by collection year, applied to a return as
 * its tables and rows say it, before or without importing it.
 */
@NullMarked
package org.assure.casedata.validation;

import org.jspecify.annotations.NullMarked;
