package org.lianggang.catalog;

/** The level of a region in a city's report: the city itself or one of its counties/districts (县区). */
public enum RegionLevel {
    CITY, COUNTY;

    public String code() {
        return name().toLowerCase();
    }
}
