package org.duban.web;

import io.quarkus.qute.TemplateGlobal;

/** Where the pages load their scripts and styles from: this service itself, never a CDN (offices may have no internet). */
@TemplateGlobal
public final class Assets {

    /** ECharts from its webjar (org.webjars.npm:echarts, the version pinned in pom.xml), minified build only. */
    public static final String echarts = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    public static final String script = "/assets/duban.js";
    public static final String style = "/assets/duban.css";

    private Assets() {
    }
}
