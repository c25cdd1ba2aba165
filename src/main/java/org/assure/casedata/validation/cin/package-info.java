/**
 * The DfE's CIN census validation rules, by code, and their rule sets from 2022-23.
 */
@NullMarked
package org.assure.casedata.validation.cin;

import org.jspecify.annotations.NullMarked;
