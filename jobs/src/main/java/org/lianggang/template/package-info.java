/**
 * Fill-in forms (填报模板) for the departments: for one source layout and year, a workbook with the layout's headers,
 * one row per reporting region already filled in, the cells to fill unlocked and checked by Excel's data validation,
 * and a 填报说明 sheet with every element's definition. Reads the catalog only; never the home's data.
 */
package org.lianggang.template;
