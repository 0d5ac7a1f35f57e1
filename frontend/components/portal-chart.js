// <portal-chart>: a small wrapper over Chart.js (MIT) for server-side Vaadin views.
// The server sets `config` (a Chart.js configuration as a JSON string); clicks on a bar, point or slice are sent
// back as a `chart-click` event with the dataset and data indexes, so views can drill down.
// Colours come from the Lumo theme so that light and dark schemes both read well.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

const PALETTE = ['--lumo-primary-color', '--lumo-error-color', '--lumo-success-color', '--lumo-warning-color',
  '--lumo-contrast-50pct', '--lumo-primary-color-50pct', '--lumo-error-color-50pct', '--lumo-success-color-50pct'];

class PortalChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.innerHTML = `
      <style>
        :host { display: block; position: relative; min-height: 14rem; }
        canvas { width: 100% !important; }
      </style>
      <canvas></canvas>`;
    this._config = null;
    this._chart = null;
  }

  set config(value) {
    this._config = value;
    this._render();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    this._render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  // Lumo colours may be written with var(), color-mix() or light-dark(), which a canvas cannot read: let the browser
  // compute them on a probe element and hand Chart.js the resolved rgb() value.
  _themeColor(name) {
    let probe = this.shadowRoot.getElementById('probe');
    if (!probe) {
      probe = document.createElement('span');
      probe.id = 'probe';
      probe.style.display = 'none';
      this.shadowRoot.appendChild(probe);
    }
    probe.style.color = `var(${name}, #1676f3)`;
    return getComputedStyle(probe).color;
  }

  _render() {
    if (!this.isConnected || !this._config) {
      return;
    }
    const config = typeof this._config === 'string' ? JSON.parse(this._config) : structuredClone(this._config);
    const text = this._themeColor('--lumo-secondary-text-color');
    const grid = this._themeColor('--lumo-contrast-10pct');
    const palette = PALETTE.map((p) => this._themeColor(p));
    (config.data?.datasets || []).forEach((ds, i) => {
      const pie = config.type === 'doughnut' || config.type === 'pie';
      if (!ds.backgroundColor) {
        ds.backgroundColor = pie ? ds.data.map((_, j) => palette[j % palette.length]) : palette[i % palette.length];
      }
      if (!ds.borderColor && config.type === 'line') {
        ds.borderColor = palette[i % palette.length];
      }
    });
    config.options = config.options || {};
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    config.options.animation = false;
    config.options.color = text;
    config.options.onClick = (event, elements) => {
      if (elements.length > 0) {
        const e = elements[0];
        this.dispatchEvent(new CustomEvent('chart-click', {
          detail: { datasetIndex: e.datasetIndex, index: e.index }
        }));
      }
    };
    for (const axis of Object.values(config.options.scales || {})) {
      axis.ticks = Object.assign({ color: text }, axis.ticks);
      axis.grid = Object.assign({ color: grid }, axis.grid);
    }
    const canvas = this.shadowRoot.querySelector('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', this.getAttribute('aria-label') || 'Chart');
    if (this._chart) {
      this._chart.destroy();
    }
    this._chart = new Chart(canvas, config);
  }
}

customElements.define('portal-chart', PortalChart);
