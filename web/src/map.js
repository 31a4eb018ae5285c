// The map: Leaflet over the configured basemap. Zoomed out it shows how many points each area holds
// (/web/counts, grid cells at the mean position of their points); once a view holds few enough, the
// points themselves from the OGC items, clustered by supercluster. 100,000 points never reach the phone.

import L from 'leaflet';
import Supercluster from 'supercluster';
import { counts, itemsInBox } from './api.js';
import { label, t } from './i18n.js';

const POINTS_AT_MOST = 400; // a view holding more shows counts
const POLAND = [[49.0, 14.07], [54.84, 24.15]];

function bubble(count, labelText) {
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 44 : 52;
  return L.divIcon({ className: 'mp-count', iconSize: [size, size],
    html: `<span aria-hidden="true">${count.toLocaleString()}</span><span class="mp-sr">${labelText}</span>` });
}

export class AidMap {
  constructor(element, tiles, onPoint) {
    this.onPoint = onPoint;
    this.map = L.map(element, { zoomControl: true, keyboard: true, worldCopyJump: false });
    L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: tiles.maxZoom || 19 }).addTo(this.map);
    this.layer = L.layerGroup().addTo(this.map);
    this.here = null;
    this.state = null;
    this.serial = 0;
    this.map.fitBounds(POLAND);
    this.map.on('moveend', () => this.refresh());
  }

  show(state, pos) {
    this.state = state;
    if (this.here) this.here.remove();
    if (pos) {
      this.here = L.circleMarker([pos.lat, pos.lon], { radius: 8, color: '#003f8a', weight: 3, fillOpacity: 0.3 })
        .bindTooltip(t('map.you')).addTo(this.map);
      this.map.setView([pos.lat, pos.lon], 13);
    }
    this.refresh();
  }

  invalidate() { this.map.invalidateSize(); }

  async refresh() {
    if (!this.state) return;
    const serial = ++this.serial;
    const b = this.map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
      .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(4)).join(',');
    const cell = Math.max(0.001, (b.getEast() - b.getWest()) / 8);
    try {
      const grid = await counts(bbox, cell.toFixed(4), this.state);
      if (serial !== this.serial) return;
      if (grid.total > POINTS_AT_MOST) { this.drawCounts(grid); return; }
      const page = await itemsInBox(bbox, this.state, POINTS_AT_MOST);
      if (serial === this.serial) this.drawPoints(page.features);
    } catch (err) {
      // offline or the store is away: the list still shows the last results
    }
  }

  drawCounts(grid) {
    this.layer.clearLayers();
    for (const [lon, lat, n] of grid.cells) {
      const marker = L.marker([lat, lon], { icon: bubble(n, t('map.count', { n })), keyboard: true,
        title: t('map.count', { n }), alt: t('map.count', { n }) });
      marker.on('click', () => this.map.setView([lat, lon], Math.min(this.map.getZoom() + 2, 18)));
      this.layer.addLayer(marker);
    }
  }

  drawPoints(features) {
    this.layer.clearLayers();
    const index = new Supercluster({ radius: 50, maxZoom: 17 });
    index.load(features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { f } })));
    const b = this.map.getBounds();
    const zoom = Math.round(this.map.getZoom());
    for (const c of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom)) {
      const [lon, lat] = c.geometry.coordinates;
      if (c.properties.cluster) {
        const n = c.properties.point_count;
        const marker = L.marker([lat, lon], { icon: bubble(n, t('map.count', { n })), title: t('map.count', { n }) });
        marker.on('click', () => this.map.setView([lat, lon], index.getClusterExpansionZoom(c.properties.cluster_id)));
        this.layer.addLayer(marker);
      } else {
        const f = c.properties.f;
        const type = (f.properties.help_types || [])[0] || 'information';
        const title = `${f.properties.name} (${label('help_types', type)})`;
        const marker = L.marker([lat, lon], { title, alt: title, icon: L.divIcon({ className: 'mp-pin', iconSize: [28, 28],
          html: `<img src="web/assets/icons/${type}.svg" alt="" width="28" height="28">` }) });
        marker.on('click', () => this.onPoint(f.id)); // Leaflet fires click on Enter too (keyboard: true)
        this.layer.addLayer(marker);
      }
    }
  }
}
