/** Pixels without a toolkit: ink rasters for big graphs and a streaming PNG encoder. */
package app.parley.render.raster;
